import { describe, expect, it } from 'vitest';
import { calendarNote, deadlineText } from './mentor-list-mapper';

const calendar = {
  derived: 'volgens de kalender',
  derivedTitle: 'Afgeleid uit de datums, zoals ze vandaag staan; de export vermeldt nog “{exported}”.',
  daysLeftOne: 'nog 1 dag',
  daysLeft: 'nog {days} dagen',
  dueToday: 'vandaag',
  daysLateOne: '1 dag te laat',
  daysLate: '{days} dagen te laat',
};
describe('deadlineText', () => {
  it('says how long is left or how late it is, in the singular for one day', () => {
    expect(deadlineText(1, calendar)).toBe('nog 1 dag');
    expect(deadlineText(12, calendar)).toBe('nog 12 dagen');
    expect(deadlineText(0, calendar)).toBe('vandaag');
    expect(deadlineText(-1, calendar)).toBe('1 dag te laat');
    expect(deadlineText(-3, calendar)).toBe('3 dagen te laat');
  });
});

describe('calendarNote', () => {
  it('marks a status derived from the calendar, naming the exported one; nothing for an exported status', () => {
    expect(calendarNote('CALENDAR', 'Op te volgen', calendar)).toEqual({
      text: 'volgens de kalender',
      title: 'Afgeleid uit de datums, zoals ze vandaag staan; de export vermeldt nog “Op te volgen”.',
    });
    expect(calendarNote('EXPORT', 'Op te volgen', calendar)).toBeUndefined();
  });
});
