/**
 * The tags of HTML as hast-util-to-html writes it (every text `<` escaped, attribute values
 * double-quoted and free to hold `>`): each match is one whole tag, or a comment, so scanning
 * with it never mistakes text or an attribute value for a tag. Groups: 1 `/` of an end tag,
 * 2 the element's name, 3 its attributes (and a self-closing `/`).
 */
export const HTML_TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"]|"[^"]*")*)>/g;
