// Structured data for search engines (schema.org as JSON-LD). "<" is escaped so no text in the
// data can close the script element.
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />
  );
}
