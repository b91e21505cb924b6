import { type Language, supportedLanguages } from "./language";

/** Every text's key in a resource tree, dotted (`fields.password.label`). */
export function resourceKeys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [`${prefix}${key}`]
      : resourceKeys(value as object, `${prefix}${key}.`),
  );
}

function resourceTexts(tree: object, prefix = ""): [key: string, text: string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value]]
      : resourceTexts(value as object, `${prefix}${key}.`),
  );
}

/**
 * What is wrong with an app's texts: a key that one language has and another lacks, or an empty
 * text. An empty list means every language says everything.
 */
export function resourceProblems(resources: Record<Language, object>): string[] {
  const allKeys = new Set(
    supportedLanguages.flatMap((language) => resourceKeys(resources[language])),
  );
  return supportedLanguages.flatMap((language) => {
    const texts = new Map(resourceTexts(resources[language]));
    return [...allKeys].sort().flatMap((key) => {
      const text = texts.get(key);
      if (text === undefined) return [`${language} lacks ${key}`];
      return text.trim() === "" ? [`${language} has an empty ${key}`] : [];
    });
  });
}
