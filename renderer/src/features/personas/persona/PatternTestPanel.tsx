import { useTranslation } from 'react-i18next';
import type { PersonaTest, TitleConflict } from '@shared/index';
import type { Persona } from '@shared/model';
import { formatNumber } from '../../../ui';

export type PatternTestPanelProps = {
  persona: Persona;
  test: PersonaTest | null;
  conflicts: TitleConflict[];
  personas: readonly Persona[];
  titles: number;
  ms: number | null;
  running: boolean;
};

const SHOWN = 12;

/** "Matches 143 contacts; 12 titles match two personas", with those titles and who gets them. */
export function PatternTestPanel({ persona, test, conflicts, personas, titles, ms, running }: PatternTestPanelProps) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const name = (id: string) => personas.find((p) => p.id === id)?.name ?? id;
  const mine = conflicts.filter((c) => c.personaIds.includes(persona.id));
  return (
    <section
      className={running ? 'pattern-test is-running' : 'pattern-test'}
      aria-busy={running}
      aria-labelledby="pattern-test-title"
      data-testid="pattern-test"
    >
      <h3 id="pattern-test-title">{t('personas.persona.test.title')}</h3>
      {!test ? (
        <p className="muted" role="status">
          {t('personas.persona.test.loading')}
        </p>
      ) : (
        <>
          <p data-testid="pattern-test-summary">
            {t('personas.persona.test.matches', { count: test.contacts, formatted: n(test.contacts) })}
            {mine.length > 0 && <> {t('personas.persona.test.conflicts', { count: mine.length, formatted: n(mine.length) })}</>}
          </p>
          {ms !== null && <p className="muted">{t('personas.persona.test.hint', { titles: n(titles), ms: formatNumber(ms, i18n.language, 1) })}</p>}
          {mine.length > 0 && (
            <table className="data-table" data-testid="pattern-conflicts">
              <caption className="visually-hidden">{t('personas.persona.test.conflictsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('personas.persona.test.jobTitle')}</th>
                  <th scope="col" className="num">
                    {t('personas.persona.test.contacts')}
                  </th>
                  <th scope="col">{t('personas.persona.test.matchedBy')}</th>
                  <th scope="col">{t('personas.persona.test.goesTo')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.slice(0, SHOWN).map((c) => (
                  <tr key={c.title}>
                    <th scope="row" dir="auto">
                      {c.title}
                    </th>
                    <td className="num">{n(c.count)}</td>
                    <td>{c.personaIds.map(name).join(', ')}</td>
                    <td>{name(c.personaIds[0]!)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {mine.length > SHOWN && <p className="muted">{t('personas.persona.test.more', { count: mine.length - SHOWN })}</p>}
        </>
      )}
    </section>
  );
}
