/** What a key press in the task list asks for. */
export type KeyAction =
  | { type: 'move'; index: number }
  | { type: 'open'; index: number }
  | { type: 'claim'; index: number }
  | { type: 'complete'; index: number };

export type KeyInput = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** the element that has the focus; typing in inputs is left alone */
  target?: { tagName?: string; isContentEditable?: boolean } | null;
};

const EDITABLE = ['INPUT', 'TEXTAREA', 'SELECT'];

/**
 * Keyboard of the inbox: arrow keys or j/k move the highlighted row, Enter opens it, c claims it, x completes it.
 * `highlighted` is -1 before any move; `rows` is the number of rows on the page. Returns null for other keys.
 */
export const taskKeyAction = (event: KeyInput, highlighted: number, rows: number): KeyAction | null => {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target;
  if (target && (EDITABLE.includes((target.tagName ?? '').toUpperCase()) || target.isContentEditable)) return null;
  // Enter on a focused button or link presses that, not the row.
  if (event.key === 'Enter' && target && ['BUTTON', 'A'].includes((target.tagName ?? '').toUpperCase())) return null;
  if (rows <= 0) return null;
  const current = Math.min(highlighted, rows - 1);
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      return { type: 'move', index: current < 0 ? 0 : Math.min(current + 1, rows - 1) };
    case 'ArrowUp':
    case 'k':
      return { type: 'move', index: current < 0 ? 0 : Math.max(current - 1, 0) };
    case 'Enter':
      return current < 0 ? null : { type: 'open', index: current };
    case 'c':
      return current < 0 ? null : { type: 'claim', index: current };
    case 'x':
      return current < 0 ? null : { type: 'complete', index: current };
    default:
      return null;
  }
};

/** Ctrl+Enter (⌘+Enter on a Mac) in a text area: send what was written. */
export const isSubmitShortcut = (event: { key: string; ctrlKey?: boolean; metaKey?: boolean; nativeEvent?: { isComposing?: boolean } }) =>
  event.key === 'Enter' && (!!event.ctrlKey || !!event.metaKey) && !event.nativeEvent?.isComposing;
