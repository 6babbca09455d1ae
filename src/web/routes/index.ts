import type { RouteModule } from '../deps.ts';
import { apiRoutes } from './api/index.ts';
import { assetRoutes } from './assets.ts';
import { guideRoutes } from './guide/index.ts';
import { healthRoutes } from './health.ts';
import { helplineRoutes } from './helpline/helpline.ts';
import { homeRoutes } from './home.ts';
import { kamervragenRoutes } from './kamervragen.ts';
import { planRoutes } from './plan.ts';
import { registerOpenDataRoutes } from './register-open-data.ts';
import { registerRoutes } from './register.ts';
import { statementRoutes } from './statements.ts';
import { workspaceRoutes } from './workspace/index.ts';
import { workspaceKamervragenRoutes } from './workspace-kamervragen/index.ts';
import { workspaceLetterRoutes } from './workspace-letters/index.ts';

/** Every route file of the web app. Add one line per new page or resource group. */
export const routeModules: RouteModule[] = [
  assetRoutes,
  healthRoutes,
  homeRoutes,
  planRoutes,
  registerOpenDataRoutes,
  registerRoutes,
  kamervragenRoutes,
  statementRoutes,
  workspaceRoutes,
  workspaceKamervragenRoutes,
  workspaceLetterRoutes,
  guideRoutes,
  helplineRoutes,
  apiRoutes,
];
