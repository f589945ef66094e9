import { Paper, Text, Title } from '@mantine/core';
import { useId, type ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

// recharts comes only with the pages that chart (item analysis, study time): these modules are imported by them alone

export interface QuestionBar {
  label: string;
  value: number | null;
  flagged: boolean;
}

const NORMAL = 'var(--mantine-color-blue-6)';
const FLAGGED = 'var(--mantine-color-red-6)';

function ChartFrame({ title, hint, children, height = 240 }: { title: string; hint: string; children: ReactElement; height?: number }) {
  const id = useId();
  return (
    <Paper withBorder p="sm" component="figure" m={0} aria-labelledby={id}>
      <Title order={3} size="h5" component="figcaption" id={id}>{title}</Title>
      <Text size="xs" c="dimmed" mb="xs">{hint}</Text>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 480, height }}>{children}</ResponsiveContainer>
    </Paper>
  );
}

/** One bar per question; flagged questions in red. */
export function QuestionChart({ title, hint, bars, domain, unit, name }: {
  title: string; hint: string; bars: QuestionBar[]; domain: [number, number]; unit: string; name: string;
}) {
  return (
    <ChartFrame title={title} hint={hint}>
      <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis domain={domain} unit={unit} allowDataOverflow width={56} />
        <ReferenceLine y={0} stroke="var(--mantine-color-gray-6)" />
        <Tooltip formatter={(value) => [`${value as number} ${unit}`, name]} />
        <Bar dataKey="value" name={name} isAnimationActive={false}>
          {bars.map((bar) => <Cell key={bar.label} fill={bar.flagged ? FLAGGED : NORMAL} />)}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}

export interface HistogramBin {
  label: string;
  count: number;
}

export function Histogram({ title, hint, bins, name }: { title: string; hint: string; bins: HistogramBin[]; name: string }) {
  return (
    <ChartFrame title={title} hint={hint}>
      <BarChart data={bins} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap={1} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 10 }} angle={-35} textAnchor="end" height={44} />
        <YAxis allowDecimals={false} width={32} />
        <Tooltip />
        <Bar dataKey="count" name={name} fill="var(--mantine-color-teal-6)" isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}

export interface StackedRow {
  name: string;
  [series: string]: string | number;
}

const PALETTE = ['blue', 'teal', 'orange', 'grape', 'lime', 'cyan', 'pink', 'indigo', 'yellow', 'red'];

/** One horizontal bar per row, stacked by series (study time per student, by subject). */
export function StackedBars({ title, hint, rows, series, unit }: { title: string; hint: string; rows: StackedRow[]; series: { key: string; name: string }[]; unit: string }) {
  return (
    <ChartFrame title={title} hint={hint} height={Math.max(160, rows.length * 34 + 60)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" unit={unit} allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value, label) => [`${value as number} ${unit}`, label]} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} stackId="time" isAnimationActive={false}
              fill={`var(--mantine-color-${PALETTE[i % PALETTE.length]}-6)`} />
          ))}
        </BarChart>
    </ChartFrame>
  );
}
