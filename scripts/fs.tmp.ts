import { measureFirstSearch } from '/work/wt/search/scripts/bench/first-search';
const [dist, query = '营商环境', viewport = 'desktop'] = process.argv.slice(2);
const r = await measureFirstSearch(dist!, query, { viewport: viewport as 'desktop' | 'phone' });
console.log(JSON.stringify(r));
