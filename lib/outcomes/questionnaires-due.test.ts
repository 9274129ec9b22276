import { describe, expect, it } from 'vitest';
import { questionnairesDue, type PlanSchedule, type TakenScore } from './questionnaires-due';

const plan: PlanSchedule = { startsOn: '2026-03-02', endsOn: '2026-04-26', endedOn: null };
const both = (timepoint: TakenScore['timepoint'], takenOn: string): TakenScore[] => [
  { instrument: 'ODI', timepoint, takenOn },
  { instrument: 'NPRS', timepoint, takenOn },
];
const due = (taken: TakenScore[], today: string, p = plan) =>
  questionnairesDue(p, taken, today).map((d) => `${d.instrument} ${d.timepoint} ${d.dueOn}`);

describe('questionnairesDue', () => {
  it('asks nothing before the plan starts', () => {
    expect(due([], '2026-03-01')).toEqual([]);
  });

  it('asks for intake from the start until it is done, one instrument at a time', () => {
    expect(due([], '2026-03-02')).toEqual(['ODI INTAKE 2026-03-02', 'NPRS INTAKE 2026-03-02']);
    expect(due([], '2026-03-20')).toEqual(['ODI INTAKE 2026-03-02', 'NPRS INTAKE 2026-03-02']);
    expect(due([{ instrument: 'ODI', timepoint: 'INTAKE', takenOn: '2026-03-02' }], '2026-03-03')).toEqual([
      'NPRS INTAKE 2026-03-02',
    ]);
  });

  it('asks every 14 days after the start, and a point is met from 3 days before it', () => {
    const intake = both('INTAKE', '2026-03-02');
    expect(due(intake, '2026-03-15')).toEqual([]);
    expect(due(intake, '2026-03-16')).toEqual(['ODI FOLLOW_UP 2026-03-16', 'NPRS FOLLOW_UP 2026-03-16']);
    expect(due([...intake, ...both('FOLLOW_UP', '2026-03-14')], '2026-03-16')).toEqual([]);
    expect(due([...intake, ...both('FOLLOW_UP', '2026-03-12')], '2026-03-16')).toHaveLength(2); // too early
    // a missed point lapses when the next one comes
    expect(due(intake, '2026-03-31')).toEqual(['ODI FOLLOW_UP 2026-03-30', 'NPRS FOLLOW_UP 2026-03-30']);
  });

  it('counts a late intake toward the first follow-up when it is recent', () => {
    expect(due(both('INTAKE', '2026-03-14'), '2026-03-16')).toEqual([]);
  });

  it('asks for discharge from 3 days before the end instead of a follow-up, for 30 days', () => {
    const taken = [...both('INTAKE', '2026-03-02'), ...both('FOLLOW_UP', '2026-04-13')];
    expect(due(taken, '2026-04-22')).toEqual([]);
    expect(due(taken, '2026-04-23')).toEqual(['ODI DISCHARGE 2026-04-26', 'NPRS DISCHARGE 2026-04-26']);
    expect(due(taken, '2026-05-26')).toHaveLength(2);
    expect(due(taken, '2026-05-27')).toEqual([]);
    expect(due([...taken, ...both('DISCHARGE', '2026-04-27')], '2026-04-28')).toEqual([]);
  });

  it('takes the early end of a plan ended before its last day', () => {
    const ended = { ...plan, endedOn: '2026-03-20' };
    expect(due(both('INTAKE', '2026-03-02'), '2026-03-20', ended)).toEqual([
      'ODI DISCHARGE 2026-03-20',
      'NPRS DISCHARGE 2026-03-20',
    ]);
  });

  it('keeps asking follow-ups on an open-ended plan', () => {
    const open = { ...plan, endsOn: null };
    expect(due(both('INTAKE', '2026-03-02'), '2026-09-01', open)).toEqual([
      'ODI FOLLOW_UP 2026-08-31',
      'NPRS FOLLOW_UP 2026-08-31',
    ]);
  });
});
