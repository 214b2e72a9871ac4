/** PascalCase of a kebab- or snake-case name: `flux-2` → `Flux2`, `image_to_image` → `ImageToImage`. */
export function pascal(slug: string): string {
  return slug
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}
