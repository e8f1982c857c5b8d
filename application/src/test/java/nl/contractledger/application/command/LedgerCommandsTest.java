package nl.contractledger.application.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class LedgerCommandsTest {

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final CommitFlush flush = mock(CommitFlush.class);
    private final LedgerCommands commands = new LedgerCommands(gateway, mock(IdempotencyStore.class), flush);

    @Test
    void givenACommandThatLosesTheRaceTwice_whenSent_thenTheThirdAttemptIsAnsweredAndFlushed() {
        when(gateway.<CommandReceipt>sendAndWait(any()))
                .thenThrow(lostRace()).thenThrow(lostRace()).thenReturn(stored("contract-1", 7, 420));

        CommandAnswer answer = commands.send(unpinned(), "contract-1", "the command");

        assertThat(answer).isEqualTo(new CommandAnswer("contract-1", 7, 420));
        verify(gateway, times(3)).sendAndWait(any());
        verify(flush).awaitFlushed();
    }

    @Test
    void givenAClientThatPinnedAVersion_whenTheRaceIsLost_thenTheConflictIsAnsweredWithoutAnotherAttempt() {
        when(gateway.<CommandReceipt>sendAndWait(any())).thenThrow(lostRace()).thenReturn(stored("contract-1", 7, 420));
        CommandContext pinned = new CommandContext("procurement", "correlation", 6L, null, null);

        assertThatThrownBy(() -> commands.send(pinned, "contract-1", "the command")).isInstanceOf(ConcurrencyException.class);
        verify(gateway, times(1)).sendAndWait(any());
    }

    @Test
    void givenARaceLostOnEveryAttempt_whenSent_thenTheConflictIsAnsweredAfterTheLastAttempt() {
        when(gateway.<CommandReceipt>sendAndWait(any())).thenThrow(lostRace());

        assertThatThrownBy(() -> commands.send(unpinned(), "contract-1", "the command")).isInstanceOf(ConcurrencyException.class);
        verify(gateway, times(LedgerCommands.ATTEMPTS)).sendAndWait(any());
        verify(flush).awaitFlushed();
    }

    private static CommandContext unpinned() {
        return new CommandContext("procurement", "correlation", null, null, null);
    }

    private static ConcurrencyException lostRace() {
        return new ConcurrencyException("sequence number 7 of contract-1 was taken by another node");
    }

    private static CommandReceipt stored(String id, long version, long position) {
        CommandReceipt receipt = new CommandReceipt(id, version);
        receipt.recordPosition(position);
        return receipt;
    }
}
