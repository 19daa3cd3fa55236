// markdown-it's own rules, to wrap: they are named functions, and its Ruler has no getter by name.
import type { Ruler } from 'markdown-it';

export function ruleNamed<T>(ruler: Ruler<T>, name: string): T {
  const rule = ruler.getRules('').find((fn) => (fn as { name?: string }).name === name);
  if (!rule) throw new Error(`markdown-it has no ${name} rule`);
  return rule;
}
