// What the render benchmark page reports, shared by the page and bench/measure/web.ts (no browser code here).

export const DATA_MARK = 'talkgraph:data-in-hand';

export interface RenderTiming {
  elements: number;
  nodes: number;
  edges: number;
  /** Data in hand → the first frame painted with every node placed inside the view. */
  firstRenderMs: number;
  /** Data in hand → the first frame painted after the force layout stopped. */
  layoutMs: number;
  /** Median distance a node moved between those two frames, as a share of the final view's diagonal. */
  movedShare: number;
  /** Share of the nodes of the finished view drawn with their center under another node: hidden, hard to click. */
  hiddenShare: number;
  /** The zoom-in button pressed on the finished view → that frame painted. */
  zoomFrameMs: number;
  /** performance.now() when the data was in hand, to find the timed stretches in a trace. */
  dataInHand: number;
}

/** The links view of a real graph, from the API's answer to the explorer's links query. */
export interface LinksTiming {
  links: number;
  organizations: number;
  projects: number;
  /** Answer in hand → the matrix (the default links view) painted. */
  matrixMs: number;
  /** "Graph" pressed → the first frame painted with every node placed inside the view. */
  graphFirstMs: number;
  /** "Graph" pressed → the frame after the force layout stopped. */
  graphLayoutMs: number;
  /** The zoom-in button pressed on the laid-out links graph → that frame painted (the matrix has no zoom: it scrolls). */
  zoomFrameMs: number;
  dataInHand: number;
}
