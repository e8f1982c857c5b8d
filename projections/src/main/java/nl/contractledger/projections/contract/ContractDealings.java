package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.ContractSignedEvent;
import nl.contractledger.domain.contract.FinancialConsequenceImposedEvent;
import nl.contractledger.domain.contract.KpiAgreedEvent;
import nl.contractledger.domain.contract.KpiResultRecordedEvent;
import nl.contractledger.domain.contract.ProviderAdmittedEvent;
import nl.contractledger.domain.contract.ProviderWithdrewEvent;
import nl.contractledger.domain.contract.SpendingCapSetEvent;
import nl.contractledger.domain.contract.TariffsSetEvent;

/** The part of {@link ContractEvolver} about parties, tariffs, spending caps and KPIs. */
final class ContractDealings {

    private ContractDealings() {
    }

    static void apply(ContractView contract, Object event) {
        if (event instanceof ProviderAdmittedEvent admitted) {
            ContractView.PartyView party = party(contract, admitted.providerId().value());
            party.admittedOn = admitted.admittedOn();
            party.qualityCheckRef = admitted.qualityCheckRef();
        } else if (event instanceof ContractSignedEvent signed) {
            party(contract, signed.providerId().value()).signedOn = signed.signedOn();
        } else if (event instanceof ProviderWithdrewEvent withdrew) {
            ContractView.PartyView party = party(contract, withdrew.providerId().value());
            party.withdrewOn = withdrew.effectiveOn();
            party.withdrawalReason = withdrew.reason();
        } else if (event instanceof TariffsSetEvent tariffs) {
            contract.tariffs.removeIf(tariff -> tariff.year() == tariffs.year());
            tariffs.tariffs().forEach(line -> contract.tariffs.add(new ContractView.TariffView(tariffs.year(),
                    line.productCode(), line.amount().toString())));
        } else if (event instanceof SpendingCapSetEvent cap) {
            contract.spendingCaps.removeIf(existing -> existing.providerId().equals(cap.providerId().value())
                    && existing.year() == cap.year());
            contract.spendingCaps.add(new ContractView.SpendingCapView(cap.providerId().value(), cap.year(),
                    cap.amount().toString()));
        } else if (event instanceof KpiAgreedEvent agreed) {
            ContractView.KpiView kpi = new ContractView.KpiView();
            kpi.kpi = agreed.kpi();
            kpi.agreedOn = agreed.agreedOn();
            contract.kpis.add(kpi);
        } else if (event instanceof KpiResultRecordedEvent result) {
            kpi(contract, result.kpiId()).results.add(new ContractView.KpiResultView(result.period(), result.value(),
                    result.targetMet(), null));
        } else if (event instanceof FinancialConsequenceImposedEvent imposed) {
            var results = kpi(contract, imposed.kpiId()).results;
            for (int i = results.size() - 1; i >= 0; i--) {
                if (results.get(i).period().equals(imposed.period())) {
                    var result = results.get(i);
                    results.set(i, new ContractView.KpiResultView(result.period(), result.value(), result.targetMet(),
                            imposed.consequence()));
                    break;
                }
            }
        }
    }

    private static ContractView.PartyView party(ContractView contract, String providerId) {
        return contract.parties.stream().filter(party -> party.providerId.equals(providerId)
                        && party.withdrewOn == null).findFirst()
                .orElseGet(() -> {
                    ContractView.PartyView party = new ContractView.PartyView();
                    party.providerId = providerId;
                    contract.parties.add(party);
                    return party;
                });
    }

    private static ContractView.KpiView kpi(ContractView contract, String kpiId) {
        return contract.kpis.stream().filter(kpi -> kpi.kpi.kpiId().equals(kpiId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no KPI " + kpiId + " in contract " + contract.id));
    }
}
