/** `text_to_image` → `textToImage`: the client property an action is reached by (the generator names it too). */
export const actionProperty = (action: string): string =>
  action.replace(/_([a-z0-9])/g, (_, next: string) => next.toUpperCase());
