// cytoscape-fcose ships no typings; both extensions are plain cytoscape.use() registrations.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
