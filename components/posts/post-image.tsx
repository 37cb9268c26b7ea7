import { IMAGE_WIDTHS, imagePath, imageSrcSet } from "@/lib/posts/images";

/** An uploaded image as pages know it (PublicPost["cover"]): its original size and the WebP widths stored. */
export type PostImageSource = { id: string; width: number; height: number; widths: number[] };

type Props = {
  image: PostImageSource;
  /** The `sizes` attribute: how wide the image is drawn, e.g. "(min-width: 64rem) 48rem, 100vw". */
  sizes: string;
  className?: string;
  /** The page's main picture, in view at load: fetched early and not lazily. */
  priority?: boolean;
} & (
  | {
      /** What the picture shows, in the page's language (the post's `imageAlt`). */
      alt: string;
      decorative?: false;
    }
  | {
      /** The picture adds nothing the text does not say: screen readers skip it. */
      decorative: true;
      alt?: "";
    }
);

// The fallback `src` for browsers that ignore `srcset`: the middle width is
// sharp enough for most screens without sending the largest file.
const FALLBACK_WIDTH = IMAGE_WIDTHS[1];

/**
 * A post's picture as a plain `<img>` with every stored width in `srcset`, so
 * the browser picks the file for its screen; `width` and `height` carry the
 * original's proportions so the page keeps its place while the file loads.
 * A server component: no script is sent.
 */
export function PostImage({ image, alt = "", sizes, className, priority = false, decorative = false }: Props) {
  const widths = [...image.widths].sort((a, b) => a - b);
  if (!decorative && alt.trim() === "" && process.env.NODE_ENV !== "production") {
    // The post form requires a description with a cover; an empty one here is a bug upstream.
    console.warn(`PostImage ${image.id}: no description and not marked decorative`);
  }
  const src = widths.filter((width) => width <= FALLBACK_WIDTH).at(-1) ?? widths[0] ?? FALLBACK_WIDTH;
  return (
    // biome-ignore lint/performance/noImgElement: the widths are made at upload and served as they are
    <img
      src={imagePath(image.id, src)}
      srcSet={widths.length > 0 ? imageSrcSet(image.id, widths) : undefined}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={decorative ? "" : alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
}
