/** A variant a model id names: its family, its action, and its model (absent for an action that takes none). */
export interface ModelRoute {
  family: string;
  action: string;
  model?: string;
}

/** Model ids of one kind (image, speech), each with the variants it names, generated from specs/. */
export type ModelTable = Readonly<Record<string, readonly ModelRoute[]>>;
