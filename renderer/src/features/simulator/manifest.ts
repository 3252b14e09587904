import './simulator.css';
import { Calculator } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Command, FeatureManifest } from '../../app/feature-manifest';
import { DemoFromDesignDialog } from './DemoFromDesignDialog';
import { useDemoDialog } from './demo-dialog-store';
import { SimulatorPage } from './SimulatorPage';
import { readSimulatorAddress, useSimulatorPage, writeSimulatorAddress } from './simulator-store';

function useCommands(): Command[] {
  const { t } = useTranslation();
  return [
    {
      id: 'simulator.demo',
      group: 'workspace',
      label: t('simulator.demo.open'),
      keywords: ['demo', 'design', '데모', '설계'],
      run: () => useDemoDialog.getState().setOpen(true),
    },
  ];
}

function useAddress() {
  const { basis, edits } = useSimulatorPage();
  return writeSimulatorAddress(basis, edits);
}

/** The what-if simulator (`#/simulator?from=…&rate.mql=…`) and demo data generated from the design. */
export const simulatorFeature: FeatureManifest = {
  id: 'simulator',
  page: { label: (t) => t('simulator.nav'), icon: Calculator, Component: SimulatorPage },
  route: { apply: (address) => useSimulatorPage.getState().set(readSimulatorAddress(address)), useAddress },
  useCommands,
  Overlay: DemoFromDesignDialog,
};
