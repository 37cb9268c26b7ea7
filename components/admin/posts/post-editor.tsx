import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { coverImageSource, postFormChoices } from "@/server/posts/admin-posts";
import { ImageUpload } from "./image-upload";
import { PostForm, type PostFormPost } from "./post-form";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The image upload and the post's form, as the new and edit pages show
 * them. The cover is the revision's, unless the address says otherwise:
 * `?coverImage=<id>` after an upload without JavaScript, `?coverImage=none`
 * after "remove the cover image".
 */
export async function PostEditor({
  action,
  locale,
  post,
  savedCover,
  pagePath,
  query,
}: {
  action: Action;
  locale: Locale;
  post?: PostFormPost;
  savedCover: string | null;
  /** The page's path with the locale, without its query. */
  pagePath: string;
  query: { coverImage?: string; imageError?: string };
}) {
  const asked = query.coverImage;
  const coverId = asked === "none" ? null : asked && UUID.test(asked) ? asked : savedCover;
  const [choices, image] = await Promise.all([postFormChoices(locale), coverImageSource(coverId)]);
  return (
    <div className="space-y-8">
      <ImageUpload locale={locale} returnPath={pagePath} error={query.imageError} preview={false} />
      <div className="rounded-lg border border-brand-100 bg-white p-3 sm:p-8">
        <PostForm
          action={action}
          locale={locale}
          post={post}
          choices={choices}
          cover={{ id: coverId, image, removeHref: `${pagePath}?coverImage=none#cover` }}
        />
      </div>
    </div>
  );
}
