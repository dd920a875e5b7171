// The local search's autocomplete.js builds an ARIA 1.0 combobox, and two things in it fail axe
// (issue 17, finding 8), neither of which the plugin has an option for:
// - the input points at its listbox with `aria-owns` only; ARIA 1.2, screen readers and axe
//   expect `aria-controls`;
// - the element with role="listbox" is the whole dropdown, which also holds the "See all results"
//   link (and the "no results" text): a listbox may hold options only.
// Swizzling the SearchBar would not help: autocomplete.js sets these attributes itself, after
// React renders. So this module moves role="listbox" to the element that holds the options, and
// points the input at it, whenever the dropdown changes.

const HOST = 'data-ll-listbox-host';

function patchListboxes(): void {
  for (const dropdown of document.querySelectorAll<HTMLElement>(`[role="listbox"][id]:not([${HOST}]), [${HOST}]`)) {
    if (!dropdown.hasAttribute(HOST)) {
      dropdown.setAttribute(HOST, dropdown.id);
      dropdown.removeAttribute('role');
    }
    const hostId = dropdown.getAttribute(HOST)!;
    const list = dropdown.querySelector('[role="option"]')?.parentElement;
    let target = dropdown.id;
    if (list && list !== dropdown) {
      if (!list.id) list.id = `${hostId}-options`;
      if (list.getAttribute('role') !== 'listbox') list.setAttribute('role', 'listbox');
      target = list.id;
    }
    for (const input of document.querySelectorAll<HTMLInputElement>(`input[role="combobox"][aria-owns="${CSS.escape(hostId)}"], input[role="combobox"][data-ll-owns="${CSS.escape(hostId)}"]`)) {
      input.setAttribute('data-ll-owns', hostId);
      if (input.getAttribute('aria-owns') !== target) input.setAttribute('aria-owns', target);
      if (input.getAttribute('aria-controls') !== target) input.setAttribute('aria-controls', target);
    }
  }
  for (const input of document.querySelectorAll<HTMLInputElement>('input[role="combobox"][aria-owns]:not([aria-controls])')) {
    input.setAttribute('aria-controls', input.getAttribute('aria-owns')!);
  }
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  new MutationObserver(patchListboxes).observe(document.documentElement, {subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-owns']});
}

export {};
