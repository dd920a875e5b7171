import {readFileSync} from 'node:fs';
import {relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {drawMermaid} from '../../../src/remark/mermaidSvg.ts';
import remarkMermaidSvg from '../../../src/remark/remarkMermaidSvg.ts';
import {ROOT, docFiles} from '../../support/docFiles.ts';


const diagrams = docFiles().flatMap((path) =>
  [...readFileSync(path, 'utf8').matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => ({file: relative(ROOT, path), source: m[1]!})),
);

describe('every Mermaid diagram in docs/ draws at build time', () => {
  it('finds the diagrams', () => expect(diagrams.length).toBeGreaterThanOrEqual(7));

  for (const {file, source} of diagrams) {
    it(file, () => {
      const drawn = drawMermaid(source, 'd1');
      expect(drawn.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[\d. ]+"/);
      expect(drawn.width).toBeGreaterThan(100);
      // Follows the column between its drawn width and 65 % of it (then its box scrolls, on a phone).
      const style = /^<svg [^>]*style="max-width:(\d+)px;min-width:(\d+)px"/.exec(drawn.svg);
      expect(style?.slice(1).map(Number)).toEqual([Math.ceil(drawn.width), Math.ceil(drawn.width * 0.65)]);
      // Nothing that loads from another host (the renderer's own style @imports a web font) and no
      // page-wide <style>.
      expect(drawn.svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\/|@import|<style/);
      // Every id carries the diagram's prefix, so two diagrams on a page cannot clash.
      for (const [, id] of drawn.svg.matchAll(/\sid="([^"]+)"/g)) expect(id).toMatch(/^d1-/);
      expect(drawn.description.length).toBeGreaterThan(40);
      // The words a sighted reader sees are in the text alternative.
      const firstLabel = /<text[^>]*>([^<]{4,})<\/text>/.exec(drawn.svg)?.[1]?.trim();
      expect(firstLabel).toBeTruthy();
    });
  }
});

describe('drawMermaid', () => {
  it('spells out a flowchart, arrow by arrow, using node labels', () => {
    const drawn = drawMermaid('flowchart LR\n  A[Client] -->|request| B[(Queue<br/>SQS)]\n  B --> C[Worker]', 'x');
    expect(drawn.title).toBe('Flowchart');
    expect(drawn.description).toBe('Client → Queue SQS: request. Queue SQS → Worker.');
  });

  it('spells out a sequence diagram with participant names', () => {
    const drawn = drawMermaid('sequenceDiagram\n  participant C as Caller\n  participant L as Lambda\n  C->>L: Invoke\n  L-->>C: 200 OK', 'x');
    expect(drawn.description).toBe('Caller → Lambda: Invoke. Lambda → Caller: 200 OK.');
  });

  it("uses Mermaid's accTitle / accDescr and keeps them out of the picture", () => {
    const drawn = drawMermaid('flowchart TD\n  accTitle: Two steps\n  accDescr: First A, then B.\n  A --> B', 'x');
    expect(drawn.title).toBe('Two steps');
    expect(drawn.description).toBe('First A, then B.');
    expect(drawn.svg).not.toContain('accTitle');
    expect(drawn.svg).not.toContain('Two steps');
  });

  it('reads a block accDescr', () => {
    const drawn = drawMermaid('flowchart TD\n  accDescr {\n    Line one\n    line two.\n  }\n  A --> B', 'x');
    expect(drawn.description).toBe('Line one line two.');
  });
});

describe('remarkMermaidSvg', () => {
  const tree = (value: string) => ({type: 'root', children: [{type: 'paragraph', children: []}, {type: 'code', lang: 'mermaid', value, position: {start: {line: 12}}}]});

  it('replaces a mermaid code block with <Diagram> carrying the SVG and its text alternative', () => {
    const root = tree('flowchart LR\n  A --> B');
    remarkMermaidSvg()(root, {path: 'docs/x.mdx'});
    const node = root.children[1] as unknown as {type: string; name: string; attributes: {name: string; value: string}[]};
    expect(node.type).toBe('mdxJsxFlowElement');
    expect(node.name).toBe('Diagram');
    const attrs = Object.fromEntries(node.attributes.map((a) => [a.name, a.value]));
    expect(attrs.svg).toMatch(/^<svg /);
    expect(attrs.description).toBe('A → B.');
  });

  it('stops the build with file and line when a diagram cannot be drawn', () => {
    expect(() => remarkMermaidSvg()(tree('pie title Pets\n  "Dogs" : 3'), {path: 'docs/x.mdx'})).toThrow(/docs\/x\.mdx:12/);
  });

  it('leaves other code blocks alone', () => {
    const root = {type: 'root', children: [{type: 'code', lang: 'js', value: 'flowchart LR'}]};
    remarkMermaidSvg()(root, {path: 'docs/x.mdx'});
    expect(root.children[0]!.type).toBe('code');
  });
});
