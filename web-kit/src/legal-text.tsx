import type { ReactElement, ReactNode } from 'react';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * The blocks of a legal document's body: blank-line paragraphs, `## ` headings, `- ` list items.
 * @param body - plain text
 * @param level - the level of its headings
 * @returns the blocks
 */
function blocks(body: string, level: HeadingLevel): ReactNode[] {
  const Heading = `h${level}` as const;
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block, index) => {
      const lines = block.split('\n').map((line) => line.trim());
      if (lines[0]!.startsWith('## ')) {
        const rest = lines.slice(1).join('\n');
        return (
          <div key={index}>
            <Heading>{lines[0]!.slice(3)}</Heading>
            {rest && blocks(rest, level)}
          </div>
        );
      }
      if (lines.every((line) => line.startsWith('- '))) {
        return (
          <ul key={index}>
            {lines.map((line, item) => (
              <li key={item}>{line.slice(2)}</li>
            ))}
          </ul>
        );
      }
      return <p key={index}>{lines.join(' ')}</p>;
    });
}

/**
 * The body of an e-consent or privacy notice as patients read it (the API's plain text:
 * blank-line paragraphs, `## ` headings, `- ` list items), e.g. in the operations app's preview of
 * a new version.
 */
export function LegalText(props: { body: string; headingLevel: HeadingLevel }): ReactElement {
  return <>{blocks(props.body, props.headingLevel)}</>;
}
