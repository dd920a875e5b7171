/** Formats seconds after midnight as a 24-hour clock, "hh:mm:ss" (wrapping past midnight). */
export function formatClock(secondOfDay: number): string {
  const total = ((Math.floor(secondOfDay) % 86_400) + 86_400) % 86_400;
  const hours = Math.floor(total / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = total % 60;
  return [hours, minutes, seconds].map((part) => String(part).padStart(2, '0')).join(':');
}

/** Parses "hh:mm" or "hh:mm:ss" into seconds after midnight, or undefined when it is not a time. */
export function parseClock(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return hours * 3_600 + minutes * 60 + seconds;
}
