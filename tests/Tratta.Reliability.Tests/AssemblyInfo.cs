using Xunit;

// The fault matrix holds small timeouts and the load test saturates both cores of a CI machine: run one class at a
// time, so that neither turns the other's answers into timeouts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
