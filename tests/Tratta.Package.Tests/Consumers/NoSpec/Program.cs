// A project with the package and no spec: nothing is generated, nothing is reported.
System.Console.WriteLine("no spec");
