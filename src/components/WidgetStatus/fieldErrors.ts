import {createContext, useCallback, useContext, useEffect, useId, useState} from 'react';

type Report = (key: string, error: string | null) => void;

/** Fields tell their widget whether they hold an invalid value, so its results can be marked stale. */
export const FieldErrorsContext = createContext<Report | null>(null);

/** Call in a field with its current error (null when valid); a no-op outside a collecting widget. */
export function useReportFieldError(error: string | null): void {
  const report = useContext(FieldErrorsContext);
  const key = useId();
  useEffect(() => {
    report?.(key, error);
  }, [report, key, error]);
  useEffect(() => () => report?.(key, null), [report, key]);
}

/** In a widget: the errors of its fields by field, and the function to provide to them. */
export function useFieldErrorCollector(): [Readonly<Record<string, string>>, Report] {
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const report = useCallback<Report>(
    (key, error) =>
      setErrors((previous) => {
        if ((previous[key] ?? null) === error) return previous;
        const next = {...previous};
        if (error === null) delete next[key];
        else next[key] = error;
        return next;
      }),
    [],
  );
  return [errors, report];
}
