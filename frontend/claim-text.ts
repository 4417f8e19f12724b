/**
 * The article text in the reader. The server renders the paragraphs and highlights (all text escaped);
 * this element turns the browser's selection into UTF-16 offsets of the stored text (each paragraph
 * carries its start offset in data-start), sends them to the server, and gives the keyboard a caret:
 * it is contenteditable for the caret and Shift+arrow selection, but every edit is refused.
 */
class ClaimText extends HTMLElement {
  declare $server: {
    selected(start: number, end: number, text: string): void;
    cleared(): void;
    newClaim(): void;
    clicked(ids: string): void;
    shortcut(key: string, caret: number): void;
  };
  private action?: HTMLButtonElement;

  connectedCallback() {
    this.setAttribute('contenteditable', 'true');
    this.setAttribute('spellcheck', 'false');
    this.setAttribute('role', 'document');
    this.setAttribute('aria-label', 'Article text: select words to annotate them, ? for keyboard help');
    for (const type of ['beforeinput', 'paste', 'drop', 'cut', 'dragstart']) {
      this.addEventListener(type, (e) => e.preventDefault());
    }
    this.addEventListener('mouseup', () => setTimeout(() => this.reportSelection(), 0));
    this.addEventListener('keyup', (e) => {
      if (e.key.startsWith('Arrow') || e.key === 'Shift' || e.key === 'Home' || e.key === 'End') {
        this.reportSelection();
      }
    });
    this.addEventListener('keydown', (e) => this.onKey(e));
    this.addEventListener('click', (e) => {
      const mark = (e.target as Element).closest('mark');
      if (mark && window.getSelection()?.isCollapsed) {
        this.$server.clicked(mark.dataset.ids || '');
      }
    });
  }

  /** Offset in the stored text of a DOM boundary point inside this element. */
  offsetOf(node: Node, offset: number): number {
    let element: Node | null = node;
    while (element && !(element instanceof HTMLElement && element.dataset.start !== undefined) && element !== this) {
      element = element.parentNode;
    }
    if (!element || element === this) {
      const paragraphs = this.querySelectorAll('p');
      const child = this.childNodes[offset] as HTMLElement | undefined;
      if (child && child.dataset && child.dataset.start !== undefined) {
        return Number(child.dataset.start);
      }
      const last = paragraphs[paragraphs.length - 1] as HTMLElement | undefined;
      return last ? Number(last.dataset.start) + (last.textContent || '').length : 0;
    }
    const paragraph = element as HTMLElement;
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, offset);
    return Number(paragraph.dataset.start) + range.toString().length;
  }

  private currentRange(): Range | null {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) {
      return null;
    }
    const range = selection.getRangeAt(0);
    return this.contains(range.startContainer) && this.contains(range.endContainer) ? range : null;
  }

  reportSelection() {
    const range = this.currentRange();
    if (!range || range.collapsed) {
      this.hideAction();
      return;
    }
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    this.$server.selected(start, end, range.toString());
  }

  /** DOM position of a text offset: the text node and the offset in it. */
  private pointAt(offset: number): [Node, number] | null {
    const paragraphs = Array.from(this.querySelectorAll('p')) as HTMLElement[];
    for (const p of paragraphs) {
      const start = Number(p.dataset.start);
      const length = (p.textContent || '').length;
      if (offset >= start && offset <= start + length) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let remaining = offset - start;
        let node = walker.nextNode();
        while (node) {
          const len = (node.textContent || '').length;
          if (remaining <= len) {
            return [node, remaining];
          }
          remaining -= len;
          node = walker.nextNode();
        }
        return [p, p.childNodes.length];
      }
    }
    return null;
  }

  /** Selects [start, end) of the stored text, as the server snapped or computed it. */
  select(start: number, end: number) {
    const from = this.pointAt(start);
    const to = this.pointAt(end);
    if (!from || !to) {
      return;
    }
    const range = document.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    (from[0].parentElement || this).scrollIntoView({ block: 'nearest' });
  }

  /**
   * As select(), for the server's answer to a reported selection: applied only while the browser still has
   * the selection that was reported, so a late answer never shrinks a selection the editor has extended.
   */
  snap(fromStart: number, fromEnd: number, start: number, end: number) {
    const range = this.currentRange();
    if (!range) {
      return;
    }
    const nowStart = this.offsetOf(range.startContainer, range.startOffset);
    const nowEnd = this.offsetOf(range.endContainer, range.endOffset);
    if (nowStart === fromStart && nowEnd === fromEnd) {
      this.select(start, end);
    }
  }

  /** The small "New annotation" action next to the selection. */
  showAction() {
    const range = this.currentRange();
    if (!range) {
      return;
    }
    const rects = range.getClientRects();
    const rect = rects[rects.length - 1] || range.getBoundingClientRect();
    if (!this.action) {
      this.action = document.createElement('button');
      this.action.className = 'new-claim-action';
      this.action.textContent = 'New annotation';
      this.action.setAttribute('contenteditable', 'false');
      this.action.addEventListener('mousedown', (e) => e.preventDefault());
      this.action.addEventListener('click', () => {
        this.hideAction();
        this.$server.newClaim();
      });
      document.body.appendChild(this.action);
    }
    this.action.style.left = `${rect.right + window.scrollX + 4}px`;
    this.action.style.top = `${rect.bottom + window.scrollY + 4}px`;
    this.action.hidden = false;
  }

  hideAction() {
    if (this.action) {
      this.action.hidden = true;
    }
  }

  disconnectedCallback() {
    this.action?.remove();
    this.action = undefined;
  }

  private onKey(e: KeyboardEvent) {
    if (e.ctrlKey || e.metaKey || e.altKey) {
      return; // Ctrl+Shift+arrows extend by word natively
    }
    const key = e.key;
    if (key === '?') {
      e.preventDefault();
      return; // the page-wide keyboard help (keyboard-help.ts) answers it, here as anywhere
    }
    if (key.startsWith('Arrow') || key === 'Home' || key === 'End' || key === 'PageUp' || key === 'PageDown'
        || key === 'Shift' || key === 'Tab') {
      return;
    }
    e.preventDefault();
    if (key === 'n') {
      this.hideAction();
    }
    const range = this.currentRange();
    const caret = range ? this.offsetOf(range.endContainer, range.endOffset) : -1;
    this.$server.shortcut(key, caret);
  }
}

customElements.define('claim-text', ClaimText);
