/** English function words dropped from keyword search and the corpus-trained embedder. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can cannot could did do does doing don't down during each either else etc even ever every few
for from further had has have having he her here hers herself him himself his how however i if in into is isn't it
it's its itself just let me might more most must my myself no nor not now of off on once only or other our ours
ourselves out over own per same shall she should so some such than that the their theirs them themselves then
there these they this those through thus to too under until up upon us very via was we were what when where which
while who whom whose why will with within without would yet you your yours yourself yourselves
what's did does said say says tell told according submission submissions comment comments`
    .split(/\s+/)
    .filter(Boolean),
);
