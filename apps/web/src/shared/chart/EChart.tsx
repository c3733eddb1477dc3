import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { echarts } from './echarts-registry';

type Props = { option: EChartsCoreOption; height?: number; onReady?: (chart: EChartsType | null) => void; testId?: string };

/** The one ECharts wrapper: init on mount, setOption on change, resize with its box, dispose on unmount. */
export function EChart({ option, height = 320, onReady, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // Browser tests read the drawn numbers back from here (canvas pixels cannot be compared).
    Object.defineProperty(box.current, '__echart', { value: instance, configurable: true });
    onReady?.(instance);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    // Printing changes the page width: fit the chart before the print snapshot.
    const beforePrint = () => instance.resize();
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      observer.disconnect();
      onReady?.(null);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="echart" style={{ width: '100%', height }} data-testid={testId} />;
}
