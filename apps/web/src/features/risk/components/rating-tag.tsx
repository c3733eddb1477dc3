import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RiskRating } from '../../../generated/graphql';

export const RATING_COLOR: Record<RiskRating, string> = { RED: 'red', AMBER: 'gold', GREEN: 'green', NOT_RATED: 'default' };

/** A red/amber/green (or not rated) tag. */
export function RatingTag({ rating, testId }: { rating: RiskRating; testId?: string }) {
  const { t } = useTranslation();
  return <Tag color={RATING_COLOR[rating]} data-testid={testId} data-rating={rating}>{t(`risk.r.${rating}`)}</Tag>;
}
