// The local search loads its index when its box gets focus, and once the index is in, it calls
// `focus()` on the box again (autocomplete.js moves the input in the page, which drops its focus).
// It does so even when the reader has moved on: a keyboard user who tabs past the box, or a
// reader who clicks elsewhere, is pulled back to the search box a moment later, and the key they
// press next goes to the wrong place (found by the keyboard tests of the track and review queue).
// The plugin has no option for it, and the call is inside its SearchBar, so this module ignores a
// script's `focus()` on the search box once the reader has left it, unless a key press asked
// for it (the plugin's own shortcut focuses the box from a keydown listener).

const SEARCH_INPUT = '.navbar__search-input';
/** The box with its dropdown of results. */
const SEARCH = '.navbar__search';

let readerLeftSearch = false;
let handlingKeydown = false;

const isSearch = (target: EventTarget | null): boolean => target instanceof Element && target.closest(SEARCH) !== null;

if (typeof window !== 'undefined' && typeof HTMLInputElement !== 'undefined') {
  // Capture on window runs before any page listener, bubble on window after all of them: the flag
  // is set exactly while a keydown is being handled.
  window.addEventListener('keydown', () => { handlingKeydown = true; }, true);
  window.addEventListener('keydown', () => { handlingKeydown = false; });
  document.addEventListener('focusin', (event) => {
    if (isSearch(event.target)) readerLeftSearch = false;
  }, true);
  document.addEventListener('focusout', (event) => {
    // relatedTarget is null when the input is moved in the page or the window loses focus: the
    // reader has not gone anywhere, and the plugin's focus() then puts the caret back.
    if (isSearch(event.target) && event.relatedTarget !== null && !isSearch(event.relatedTarget)) readerLeftSearch = true;
  }, true);
  document.addEventListener('pointerdown', (event) => {
    if (!isSearch(event.target)) readerLeftSearch = true;
  }, true);

  const focus = HTMLInputElement.prototype.focus;
  HTMLInputElement.prototype.focus = function focusUnlessReaderLeftSearch(this: HTMLInputElement, options?: FocusOptions) {
    if (readerLeftSearch && !handlingKeydown && this.matches(SEARCH_INPUT)) return;
    focus.call(this, options);
  };
}

export {};
