// What react-simple-maps takes from d3-geo in this app (see vite.config.ts, slimMapGeo). Its core
// imports the whole of d3-geo as a namespace to look projections up by name; this app always hands
// it a projection function, so it needs the path generator, the graticule and nothing else.
export { geoEqualEarth, geoGraticule, geoPath } from "d3-geo";
