import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../deps.ts';
import { assessmentRoutes } from './assessment.ts';
import { breachPageRoutes } from './breach-pages.ts';
import { dashboardRoutes } from './dashboard.ts';
import { editBreachRoutes } from './edit-breach.ts';
import { loginRoutes } from './login.ts';
import { notificationRoutes } from './notification.ts';
import { notificationStepRoutes } from './notification-steps.ts';
import { organisationRoutes } from './organisation.ts';
import { registerBreachRoutes } from './register-breach.ts';

/** The organisation workspace under `/werkruimte` (and `/en/werkruimte`). See docs/workspace.md. */
export function workspaceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  loginRoutes(app, deps);
  dashboardRoutes(app, deps);
  registerBreachRoutes(app, deps);
  breachPageRoutes(app, deps);
  editBreachRoutes(app, deps);
  assessmentRoutes(app, deps);
  notificationRoutes(app, deps);
  notificationStepRoutes(app, deps);
  organisationRoutes(app, deps);
}
