export { homeEventRoutes } from './events-route.js';
export {
  HOME_EVENT_TYPES,
  type HomeBusEvents,
  type HomeEvent,
  type HomeEventType,
  publishHomeEvent,
} from './home-events.js';
export { createLiveHub, type LiveEvent, type LiveHub, type LiveHubOptions, type LiveListener } from './live-hub.js';
