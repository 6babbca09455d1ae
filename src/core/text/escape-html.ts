const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes the five characters that HTML gives meaning to, for element content and quoted
 * attribute values. Nothing else changes: the web layer also drops invisible characters first.
 */
export function escapeHtmlCharacters(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
