/**
 * "?" opens the keyboard help from anywhere on the page, except while typing in a field. The article text
 * (claim-text) is not a field for this: its keys are shortcuts.
 */
class KeyboardHelpKey extends HTMLElement {
  declare $server: { help(): void };
  private readonly listener = (e: KeyboardEvent) => this.onKey(e);

  connectedCallback() {
    document.addEventListener('keydown', this.listener);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.listener);
  }

  private onKey(e: KeyboardEvent) {
    if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target && this.isTyping(target)) {
      return;
    }
    if (document.querySelector('vaadin-dialog-overlay[opened]')) {
      return; // a dialog is open (perhaps this help): leave it alone
    }
    e.preventDefault();
    this.$server.help();
  }

  private isTyping(target: HTMLElement): boolean {
    if (target.closest && target.closest('claim-text')) {
      return false;
    }
    const tag = target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
  }
}

customElements.define('ct-keys', KeyboardHelpKey);
