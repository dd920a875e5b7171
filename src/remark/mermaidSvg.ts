import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';

type Renderer = typeof import('beautiful-mermaid');

// Runs in Node.js at build time (from the remark plugin beside this file), never in the browser.
//
// Why beautiful-mermaid: it lays out and draws Mermaid flowcharts and sequence diagrams in plain
// TypeScript (elkjs for layout, no DOM, no browser), so `npm start` and the build need no Chromium,
// and one SVG follows the site's CSS variables in both colour modes. Mermaid itself needs a real
// browser to measure text (mermaid-cli / rehype-mermaid drive Chromium).

export interface DrawnDiagram {
  /** Inline SVG markup, themed by CSS variables (see .ll-diagram in src/css/custom.css). */
  svg: string;
  /** Natural width in CSS px; the figure shrinks below it to fit the column, never grows past it. */
  width: number;
  /** Short name of the picture, from `accTitle:` or the diagram type. */
  title: string;
  /** What the picture shows, in words: `accDescr:` or every arrow spelled out. */
  description: string;
}

/** A diagram shrinks to fit a narrow column down to this share of its drawn size, then scrolls (text stays readable). */
export const MIN_SCALE = 0.65;

let renderer: Renderer | undefined;

/**
 * beautiful-mermaid is ESM-only with no "require" export, and docusaurus.config.ts is loaded through a
 * CommonJS transpiler (jiti) whose import() cannot load it; Node's own require() loads an ES module
 * by file path (Node ≥ 20.19), so find its entry file and require that.
 */
function loadRenderer(): Renderer {
  if (renderer) return renderer;
  const here = typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js');
  const require = createRequire(here);
  const dirs = require.resolve.paths('beautiful-mermaid') ?? [];
  const entry = dirs.map((dir) => join(dir, 'beautiful-mermaid', 'dist', 'index.js')).find((file) => existsSync(file));
  if (!entry) throw new Error('beautiful-mermaid is not installed (run npm ci)');
  renderer = require(entry) as Renderer;
  return renderer;
}

/** Mermaid's own accessibility lines (accTitle / accDescr, one-line or {block}), kept out of the drawing. */
function takeAccessibilityLines(source: string): {body: string; accTitle?: string; accDescr?: string} {
  let accTitle: string | undefined;
  let accDescr: string | undefined;
  const body = source
    .replace(/^\s*accDescr\s*\{([\s\S]*?)\}\s*$/m, (_, text: string) => {
      accDescr = text.trim().replace(/\s+/g, ' ');
      return '';
    })
    .replace(/^\s*accTitle\s*:\s*(.+)$/m, (_, text: string) => {
      accTitle = text.trim();
      return '';
    })
    .replace(/^\s*accDescr\s*:\s*(.+)$/m, (_, text: string) => {
      accDescr = text.trim();
      return '';
    });
  return {body, accTitle, accDescr};
}

const plain = (label: string): string => label.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();

/** A flowchart's arrows as sentences: "Viewer → CloudFront edge cache: 1. viewer request." */
function describeFlowchart(body: string, parseMermaid: Renderer['parseMermaid']): string {
  const graph = parseMermaid(body);
  const groups = new Map<string, string>();
  const collect = (list: typeof graph.subgraphs) => list.forEach((group) => (groups.set(group.id, group.label), collect(group.children)));
  collect(graph.subgraphs);
  // An arrow may point at a subgraph; the parser then also lists its id as a node labelled with the id.
  const name = (id: string) => plain(groups.get(id) ?? graph.nodes.get(id)?.label ?? id);
  return graph.edges.map((edge) => `${name(edge.source)} → ${name(edge.target)}${edge.label ? `: ${plain(edge.label)}` : ''}.`).join(' ');
}

/** A sequence diagram's messages and notes, in order. */
function describeSequence(body: string): string {
  const names = new Map<string, string>();
  const sentences: string[] = [];
  for (const line of body.split('\n').map((l) => l.trim())) {
    const participant = /^(?:participant|actor)\s+(\S+)(?:\s+as\s+(.+))?$/.exec(line);
    if (participant) {
      names.set(participant[1]!, plain(participant[2] ?? participant[1]!));
      continue;
    }
    const note = /^Note\s+(?:over|left of|right of)\s+[^:]+:\s*(.+)$/i.exec(line);
    if (note) {
      sentences.push(`${plain(note[1]!)}:`);
      continue;
    }
    const message = /^([^-\s>]+)\s*(?:-{1,2}(?:>>|>|x|\))[+-]?)\s*([^:\s]+)\s*:\s*(.+)$/.exec(line);
    if (message) {
      const from = names.get(message[1]!) ?? message[1]!;
      const to = names.get(message[2]!) ?? message[2]!;
      sentences.push(`${from} → ${to}: ${plain(message[3]!)}.`);
    }
  }
  return sentences.join(' ');
}

/** Gives every id in the SVG a per-diagram prefix so two diagrams on one page never share a marker id. */
function prefixIds(svg: string, prefix: string): string {
  return svg.replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`).replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
}

/**
 * Draws one Mermaid diagram as inline SVG. The renderer's own <style> block is dropped: it @imports
 * a web font from another host and styles every <svg> on the page; the site's CSS supplies the same
 * custom properties, scoped to .ll-diagram. Throws on a diagram the renderer cannot draw.
 */
export function drawMermaid(source: string, idPrefix: string): DrawnDiagram {
  const {renderMermaidSVG, parseMermaid} = loadRenderer();
  const {body, accTitle, accDescr} = takeAccessibilityLines(source);
  const kind = /^\s*(\w+)/.exec(body)?.[1] ?? '';
  // Colours come from .ll-diagram svg in src/css/custom.css (--bg, --fg, --muted), not from here.
  const raw = renderMermaidSVG(body, {transparent: true});
  const open = /^<svg[^>]*>/.exec(raw);
  if (!open) throw new Error('the renderer returned no <svg> element');
  const width = Number(/\swidth="([\d.]+)"/.exec(open[0])?.[1]);
  const viewBox = /\sviewBox="([^"]+)"/.exec(open[0])?.[1];
  if (!viewBox || !Number.isFinite(width)) throw new Error('the drawn SVG has no size');
  const inner = raw.slice(open[0].length).replace(/<style>[\s\S]*?<\/style>/, '');
  const svg = prefixIds(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" aria-hidden="true" focusable="false" style="max-width:${Math.ceil(width)}px;min-width:${Math.ceil(width * MIN_SCALE)}px">${inner}`, idPrefix).replace(/>\n\s*</g, '><');
  const title = accTitle ?? (kind === 'sequenceDiagram' ? 'Sequence diagram' : 'Flowchart');
  const description = accDescr ?? (kind === 'sequenceDiagram' ? describeSequence(body) : /^(flowchart|graph)$/.test(kind) ? describeFlowchart(body, parseMermaid) : '');
  if (!description) throw new Error(`a ${kind || 'diagram'} needs an "accDescr: …" line saying what it shows (screen readers read it)`);
  return {svg, width, title, description};
}
