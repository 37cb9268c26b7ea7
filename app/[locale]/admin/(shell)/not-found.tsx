import { AdminNotFoundView } from "@/components/admin/forbidden-view";

/** A back-office page whose subject does not exist (a person's id that matches no one): status 404. */
export default function NotFound() {
  return <AdminNotFoundView />;
}
