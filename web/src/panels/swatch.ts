// The legend's small picture of a node: the same color and shape the canvas draws, from the same table.
import type { EntityType } from '../api-types';
import { type EdgeStyle, type NodeShape, TYPE_STYLES } from '../style';

const SVG = 'http://www.w3.org/2000/svg';

const POLYGONS: Partial<Record<NodeShape, string>> = {
  hexagon: '1.5,8 4.5,2.5 11.5,2.5 14.5,8 11.5,13.5 4.5,13.5',
  diamond: '8,1 15,8 8,15 1,8',
  star: '8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6',
  triangle: '8,1.5 15,14.5 1,14.5',
};

/** An empty swatch of `width` × `height` pixels, hidden from screen readers (the text beside it says it). */
function swatchSvg(width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('swatch');
  return svg;
}

/** A short line drawn as the canvas draws an edge of that style. */
export function edgeSwatch(style: EdgeStyle): SVGSVGElement {
  const svg = swatchSvg(28, 8);
  const line = document.createElementNS(SVG, 'line');
  for (const [name, value] of Object.entries({ x1: '1', y1: '4', x2: '27', y2: '4', stroke: style.color, 'stroke-width': '2.5' })) line.setAttribute(name, value);
  if (style.lineStyle !== 'solid') line.setAttribute('stroke-dasharray', style.lineStyle === 'dashed' ? '6 3' : '1.5 3');
  svg.append(line);
  return svg;
}

export function typeSwatch(type: EntityType): SVGSVGElement {
  const style = TYPE_STYLES[type];
  const svg = swatchSvg(16, 16);
  let shape: SVGElement;
  const polygon = POLYGONS[style.shape];
  if (polygon) {
    shape = document.createElementNS(SVG, 'polygon');
    shape.setAttribute('points', polygon);
  } else if (style.shape === 'ellipse') {
    shape = document.createElementNS(SVG, 'circle');
    shape.setAttribute('cx', '8');
    shape.setAttribute('cy', '8');
    shape.setAttribute('r', '6.5');
  } else {
    shape = document.createElementNS(SVG, 'rect');
    shape.setAttribute('x', '1.5');
    shape.setAttribute('y', '3');
    shape.setAttribute('width', '13');
    shape.setAttribute('height', '10');
    if (style.shape === 'round-rectangle') shape.setAttribute('rx', '3');
  }
  shape.setAttribute('fill', style.color);
  svg.append(shape);
  return svg;
}
