/**
 * The connectivity model: build a scenario's network, query travel times and routes, compare scenarios,
 * check the plan's promises.
 */
export * from './types';
export { buildNetwork, edgeMinutes, linkMinutes, retime, MODE_RAIL, MODE_ROAD, type BuildOptions } from './build';
export { travelTimes, route, routeFrom, allPairs, placeTimes, minutesTo, pathEdges, nodeOf, type AllPairs, type PlaceTime } from './paths';
export { compareScenarios, type ScenarioChange } from './compare';
export { checkPromises, promiseDefs, type PromiseCheck, type PromiseDef, type DestinationCheck, type ScenarioTime, type Verdict } from './promises';
export { firstScenarioOf, inScenario, catalogueStatuses, type CatalogueStatus } from './scenario';
export { resolveName, closeNames, type NameMatch } from './names';
export { LINK_TABLE, RAIL_LINES, ROAD_LINES, THROUGH_SERVICES } from './links';
export { STATIONS } from './stations';
export { greatCircleKm } from './geo';
export { parseArgs, scenarioOf, modeOf, describeAssumptions, type ParsedArgs } from './options';
