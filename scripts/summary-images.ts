/**
 * `npm run summary-images`: draws job summaries kept by `npm run bench -- summaries` as a reader sees them on
 * GitHub: the Markdown rendered as GitHub-flavoured Markdown in GitHub's style, each ```mermaid block drawn by
 * Mermaid, in headless Chromium; one PNG per summary beside its .md (bench/results/summaries/). Chromium is
 * Debian's (`apt-get install -y chromium`), or the one CHROMIUM names.
 *   npm run summary-images -- rolling-succeeded blue-green-rolled-back
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { marked } from 'marked'
import puppeteer from 'puppeteer-core'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const folder = join(root, 'bench', 'results', 'summaries')
const names = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
if (names.length === 0) throw new Error('name the summaries to draw, e.g. rolling-succeeded')

const css = readFileSync(
  join(root, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'),
  'utf8'
)
const mermaid = readFileSync(join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'), 'utf8')

/** The page GitHub would show: its Markdown style, Mermaid blocks as diagrams. */
function page(markdown: string): string {
  const renderer = new marked.Renderer()
  const code = renderer.code.bind(renderer)
  renderer.code = (token) =>
    token.lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(token.text)}</pre>` : code(token)
  const body = marked.parse(markdown, { gfm: true, async: false, renderer })
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
    body { margin: 0; background: #fff; }
    .markdown-body { box-sizing: border-box; width: 980px; padding: 24px 32px; }
    pre.mermaid { background: #fff; text-align: center; }
  </style></head><body><article class="markdown-body">${body}</article>
  <script>${mermaid}</script>
  <script>mermaid.initialize({ startOnLoad: false, theme: 'default' });
    window.drawn = mermaid.run({ querySelector: 'pre.mermaid' }).then(() => 'ok', (error) => String(error));</script>
  </body></html>`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none']
})
try {
  for (const name of names) {
    const tab = await browser.newPage()
    await tab.setViewport({ width: 980, height: 800, deviceScaleFactor: 1 })
    await tab.setContent(page(readFileSync(join(folder, `${name}.md`), 'utf8')), { waitUntil: 'load' })
    const drawn = await tab.evaluate('window.drawn')
    if (drawn !== 'ok') throw new Error(`${name}: Mermaid could not draw a chart: ${String(drawn)}`)
    const article = await tab.$('article')
    const out = join(folder, `${name}.png`)
    await article!.screenshot({ path: out as `${string}.png` })
    console.log(`${out}`)
    await tab.close()
  }
} finally {
  await browser.close()
}
