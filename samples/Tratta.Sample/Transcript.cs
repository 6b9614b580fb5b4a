using System;

namespace Tratta.Sample;

/// <summary>Prints the flow as numbered steps, so a reader sees what was sent and what came back.</summary>
internal sealed class Transcript
{
    private int _step;

    public void Title(string text)
    {
        Console.WriteLine(text);
        Console.WriteLine(new string('=', text.Length));
    }

    public void Note(string text) => Console.WriteLine(text);

    public void Step(string action, string outcome)
    {
        _step++;
        Console.WriteLine($"{_step,2}. {action,-38} {outcome}");
    }

    public void Detail(string text) => Console.WriteLine($"    {text}");

    public int Steps => _step;
}
