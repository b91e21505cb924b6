/** The shape of a resource in another language: the same keys, each text a string. */
export type ResourceShape<T> = {
  [K in keyof T]: T[K] extends string ? string : ResourceShape<T[K]>;
};
