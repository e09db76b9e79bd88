/**
 * The charts of a Markdown page through the real Mermaid parser (the `mermaid` package, with jsdom as its DOM, as
 * a browser would run it): every block must parse; a gantt's tasks come back with the times and marks Mermaid read.
 */
import { JSDOM } from 'jsdom'

export interface GanttTask {
  task: string
  startTime: Date
  endTime: Date
  crit?: boolean
  active?: boolean
  done?: boolean
  milestone?: boolean
}

export interface ParsedChart {
  type: string
  text: string
  /** A gantt's tasks, as Mermaid computed them. */
  tasks?: GanttTask[]
}

type Mermaid = typeof import('mermaid').default
let loaded: Promise<Mermaid> | undefined

function mermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>')
    Object.assign(globalThis, { window, document: window.document })
    const { default: loadedMermaid } = await import('mermaid')
    loadedMermaid.initialize({ startOnLoad: false })
    return loadedMermaid
  })()
  return loaded
}

/** Every ```mermaid block of `markdown`, parsed; throws Mermaid's own error for one that does not parse. */
export async function parseCharts(markdown: string): Promise<ParsedChart[]> {
  const api = await mermaid()
  const blocks = [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1])
  const charts: ParsedChart[] = []
  for (const text of blocks) {
    const { diagramType } = (await api.parse(text)) as { diagramType: string }
    const chart: ParsedChart = { type: diagramType, text }
    if (diagramType === 'gantt') {
      const diagram = await api.mermaidAPI.getDiagramFromText(text)
      chart.tasks = (diagram.db as unknown as { getTasks(): GanttTask[] }).getTasks()
    }
    charts.push(chart)
  }
  return charts
}
