/**
 * The connectivity model: build a scenario's network, query travel times and routes, compare scenarios,
 * check the plan's promises.
 */
export * from './types';
export { buildNetwork, designSpeedOf, edgeMinutes, linkMinutes, retime, MODE_RAIL, MODE_ROAD, type BuildOptions } from './build';
export { travelTimes, route, routeFrom, allPairs, placeTimes, minutesTo, pathEdges, nodeOf, type AllPairs, type PlaceTime } from './paths';
export { compareScenarios, type ChangeProject, type ScenarioChange } from './compare';
export {
	LONG_ACCESS_MIN,
	arrivalStation,
	changeReason,
	cityStations,
	isAttached,
	reachStatus,
	routeBreakdown,
	type Breakdown,
	type CityStation,
	type InVehicle,
	type ReachStatus
} from './explain';
export {
	checkPromises,
	promiseDefs,
	regionNode,
	type PromiseCheck,
	type PromiseDef,
	type DestinationCheck,
	type ScenarioTime,
	type Verdict
} from './promises';
export { firstScenarioOf, inScenario, catalogueStatuses, type CatalogueStatus } from './scenario';
export { resolveName, closeNames, type NameMatch } from './names';
export { ASSUMED_SPEED_LINES, LINK_TABLE, RAIL_LINES, ROAD_LINES, THROUGH_SERVICES } from './links';
export { STATIONS } from './stations';
export { greatCircleKm } from './geo';
export { parseArgs, scenarioOf, modeOf, describeAssumptions, type ParsedArgs } from './options';
export {
	ACCESS_HUBS,
	ACCESS_KINDS,
	ACCESS_THRESHOLDS_MIN,
	accessByPhase,
	gainProjects,
	type AccessChange,
	type AccessCount,
	type AccessOptions,
	type AccessPlace,
	type AccessReport
} from './access';
