import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { AgentBoardPage } from './agent-board-page';
import { QueueEditorPage } from './queue-editor-page';
import { QueuesPage } from './queues-page';

export const queueRoutes: ModuleRoutes = {
  routes: [
    {
      // Outside an enterprise's pages: agents and supervisors come here from My phone (their right
      // is their link to the queue, which the server decides; others see its refusal).
      path: 'queues/:queueId/agent-states',
      element: <AgentBoardPage />,
    },
  ],
  enterpriseRoutes: [
    {
      path: 'queues',
      element: (
        <RequirePermission permission="queues.read">
          <QueuesPage />
        </RequirePermission>
      ),
    },
    {
      path: 'queues/:queueId',
      element: (
        <RequirePermission permission="queues.read">
          <QueueEditorPage />
        </RequirePermission>
      ),
    },
  ],
};
