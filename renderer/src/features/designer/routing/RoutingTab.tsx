/** The Designer's Routing tab: ordered routing rules, their analysis and a dry run. */
export function RoutingTab() {
  return <section className="designer-routing" aria-label="Routing" />;
}
