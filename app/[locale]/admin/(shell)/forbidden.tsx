import { ForbiddenView } from "@/components/admin/forbidden-view";

/** A signed-in page this person's role does not open (requirePagePermission → forbidden(): status 403). */
export default function Forbidden() {
  return <ForbiddenView />;
}
