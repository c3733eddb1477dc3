import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Title of a view with its filters on the right; on paper the filters print as plain text. */
export function PageHeader({ title, extra, testId }: { title: ReactNode; extra?: ReactNode; testId?: string }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} className="page-header" data-testid={testId}>
      <Typography.Title level={3} style={{ margin: 0 }}>{title}</Typography.Title>
      <Flex wrap gap={8} align="center" className="page-filters">{extra}</Flex>
    </Flex>
  );
}
