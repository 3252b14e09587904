/** The Designer's Scoring tab: the active scoring model's editor and its test bench. */
export function ScoringTab() {
  return <section className="designer-scoring" aria-label="Scoring" />;
}
