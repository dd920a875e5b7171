import {useCallback, useEffect, useRef, useState} from 'react';

/**
 * State mirrored to localStorage under `key`. The first render (and SSR) uses `initial`; the stored
 * value is read after mount through `parse`, which must accept any text (corrupt storage, another
 * version) and return a valid value. Storage that throws (private mode, quota) is ignored: the
 * quiz still works, it just forgets on reload.
 */
export function useStoredState<T>(
  key: string,
  initial: T,
  parse: (text: string | null) => T,
  serialize: (value: T) => string,
): [T, (next: T) => void, boolean] {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  const parseRef = useRef(parse);
  parseRef.current = parse;

  useEffect(() => {
    let text: string | null = null;
    try {
      text = window.localStorage.getItem(key);
    } catch {
      text = null;
    }
    let stored = initial;
    try {
      stored = parseRef.current(text);
    } catch (error) {
      // A parser must not throw; if one does, the widget starts fresh instead of failing.
      console.warn(`Lambda Lab: ignored the stored ${key}`, error);
    }
    setValue(stored);
    setLoaded(true);
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- `initial` is only the fallback

  const update = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, serialize(next));
      } catch {
        // Storage unavailable or full: keep the in-memory state.
      }
    },
    [key, serialize],
  );

  return [value, update, loaded];
}
