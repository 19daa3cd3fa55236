// The explorer's Cytoscape instance, made in one place so that the page and the render benchmark draw alike.
import cytoscape, { type Core } from 'cytoscape';
import { attachLabelPlacement } from './label-placement';
import { registerLayouts } from './layouts';
import { stylesheet } from './style';

export function createCanvas(container: HTMLElement): Core {
  registerLayouts(cytoscape);
  const cy = cytoscape({
    container,
    style: stylesheet(),
    // Large views: skip drawing edges and labels while the user pans or zooms.
    hideEdgesOnViewport: true,
    hideLabelsOnViewport: true,
    textureOnViewport: false,
    pixelRatio: 'auto',
    minZoom: 0.05,
    maxZoom: 4,
  });
  attachLabelPlacement(cy);
  return cy;
}
